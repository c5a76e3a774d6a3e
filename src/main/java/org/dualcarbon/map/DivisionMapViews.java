package org.dualcarbon.map;

/** Turns a division map's figures into what a page draws; used by the map page, the 大屏 and the touch screen. */
public interface DivisionMapViews {

    /**
     * @param link where a click on a division leads, with {@code {code}} for its code (null: the map page)
     * @param dark whether the page has a dark background
     */
    DivisionMapView view(DivisionMap figures, String link, boolean dark);
}

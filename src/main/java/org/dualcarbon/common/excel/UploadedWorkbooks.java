package org.dualcarbon.common.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Opens an uploaded .xlsx only when it is safe to (security.md, Apache POI row): at most 10 MB, an OOXML package by
 * its magic bytes, within POI's zip-bomb limits (inflate ratio, entry size, entry count), no part larger than a
 * sheet of ours can be, no DOCTYPE (POI's parsers refuse it — no XXE), and a cap on rows and columns. Every refusal
 * is a {@link WorkbookRejectedException} with a Chinese reason that says which guard fired.
 */
public final class UploadedWorkbooks {

    /** The upload limit; spring.servlet.multipart.max-file-size says the same for the web. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /**
     * A part (sheet, shared strings) larger than this once unzipped is refused before it is parsed: POI's user model
     * holds a sheet in memory several times its XML size, and our templates' parts are a few kilobytes.
     */
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;

    private static final Logger log = LoggerFactory.getLogger(UploadedWorkbooks.class);

    static {
        applyZipLimits();
    }

    private UploadedWorkbooks() {
    }

    /**
     * POI keeps its zip limits in static fields; they are set once, here, for every reader of the platform.
     * 0.01 is POI's default inflate ratio, kept explicit so that nobody lowers it by accident.
     */
    public static void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    /**
     * The workbook of an upload, or a refusal. The caller closes it.
     *
     * @param maxRows    rows a sheet may have (the template's plus room for the filler)
     * @param maxColumns columns a row may have
     */
    public static XSSFWorkbook open(byte[] content, int maxRows, int maxColumns) {
        if (content == null || content.length == 0) {
            throw WorkbookRejectedException.ofFile("文件为空（0 字节）", null);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw WorkbookRejectedException.ofFile("文件超过 10 MB 上限（" + content.length / 1024 / 1024 + " MB）", null);
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OLE2) {
            throw WorkbookRejectedException.ofFile(
                    "这是旧版 Excel 97-2003（.xls）文件或加密文件，请在 Excel 中另存为 .xlsx（不设密码）后上传", null);
        }
        if (magic != FileMagic.OOXML) {
            throw WorkbookRejectedException.ofFile("不是 Excel（.xlsx）文件，请上传从本页面下载并填写的模板", null);
        }
        XSSFWorkbook workbook = parse(content);
        try {
            List<CellProblem> problems = sizeProblems(workbook, maxRows, maxColumns);
            if (!problems.isEmpty()) {
                throw new WorkbookRejectedException(problems);
            }
            return workbook;
        } catch (RuntimeException e) {
            closeQuietlyAfter(workbook, e);
            throw e;
        }
    }

    private static XSSFWorkbook parse(byte[] content) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            for (PackagePart part : pkg.getParts()) {
                if (part.getSize() > MAX_PART_BYTES) {
                    throw WorkbookRejectedException.ofFile("文件内容过大：" + part.getPartName().getName()
                            + " 解压后超过 " + MAX_PART_BYTES / 1024 / 1024 + " MB，已拒绝（工作表行列过多）", null);
                }
            }
            return new XSSFWorkbook(pkg);
        } catch (WorkbookRejectedException e) {
            revert(pkg);
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            revert(pkg);
            String reason = reasonFor(e);
            log.info("workbook upload refused: {} ({})", reason, e.toString());
            throw WorkbookRejectedException.ofFile(reason, e);
        }
    }

    /** Which guard a POI exception stands for; POI says zip bombs with a plain IOException, so its message tells. */
    static String reasonFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof EmptyFileException) {
                return "文件为空（0 字节）";
            }
            if (t instanceof OLE2NotOfficeXmlFileException) {
                return "这是旧版 Excel 97-2003（.xls）文件或加密文件，请另存为 .xlsx 后上传";
            }
            if (t instanceof NotOfficeXmlFileException) {
                return "不是 Excel（.xlsx）文件：文件中没有有效的 Office Open XML 内容";
            }
            if (message.startsWith(ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 40))) {
                return "文件内部条目过多（超过 " + MAX_ENTRIES + " 个），疑似恶意文件，已拒绝";
            }
            if (message.contains("Zip bomb detected") && message.contains("ratio")) {
                return "文件疑似压缩炸弹（解压比例异常），已拒绝";
            }
            if (message.contains("Zip bomb detected") || message.contains("max allowed overall size")) {
                return "文件疑似压缩炸弹：解压后超出大小限制，已拒绝";
            }
            if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                return "文件含有 DOCTYPE（外部实体）声明，可能是 XXE 攻击文件，已拒绝";
            }
            if (t instanceof SAXException) {
                return "文件中的 XML 内容无法解析，已拒绝";
            }
        }
        return "文件已损坏或不是有效的 .xlsx 工作簿，请重新下载模板填写";
    }

    private static List<CellProblem> sizeProblems(XSSFWorkbook workbook, int maxRows, int maxColumns) {
        List<CellProblem> problems = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() + 1 > maxRows) {
                problems.add(new CellProblem(sheet.getSheetName(), null, null,
                        "工作表行数超过上限 " + maxRows + " 行（实有 " + (sheet.getLastRowNum() + 1) + " 行）"));
                continue;
            }
            for (Row row : sheet) {
                if (row.getLastCellNum() > maxColumns) {
                    problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), row.getLastCellNum() - 1,
                            "列数超过上限 " + maxColumns + " 列"));
                    break;
                }
            }
        }
        return problems;
    }

    /** Drops a package opened from memory without writing anything back. */
    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static void closeQuietlyAfter(XSSFWorkbook workbook, RuntimeException cause) {
        try {
            workbook.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}

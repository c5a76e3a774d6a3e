-- Energy consumption from the same activity data as the emissions (GB/T 2589 coefficients, tce), per line and per
-- run, and the accounting standard a run followed (it fixes the GWP set). Runs stored before this migration keep
-- NULL: they were accounted without a standard-coal library and under the AR5 set their gwp_set column names.
ALTER TABLE accounting_run ADD COLUMN energy_tce DECIMAL(24,4) NULL;
ALTER TABLE accounting_run ADD COLUMN reporting_standard VARCHAR(40) NULL;
ALTER TABLE accounting_line ADD COLUMN energy_tce DECIMAL(30,10) NULL;

"""What a barcode scanner types for a vial (a GS1 code or a plain GTIN), read into a VialScan
or refused naming what is wrong. biip does the GS1 parsing; no database, no Qt."""

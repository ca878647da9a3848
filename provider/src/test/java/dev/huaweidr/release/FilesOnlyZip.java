package dev.huaweidr.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A build step (`package`): rewrites the release zip without its directory entries, each file copied as it
 * is, modes included. Terraform's {@code h1:} hash of a zip (which network mirrors and {@code terraform
 * providers lock} check) covers every entry, its hash of the unpacked package only the files; with directory
 * entries the two differ, and a lock file written from one install refuses the other. Go providers' zips hold
 * files only. Usage: FilesOnlyZip ZIP
 */
public final class FilesOnlyZip {
    private FilesOnlyZip() {
    }

    public static void main(String[] args) throws IOException {
        Path zip = Path.of(args[0]);
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".files-only");
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(rewritten)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (!entry.isDirectory()) {
                    out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                }
            }
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }
}

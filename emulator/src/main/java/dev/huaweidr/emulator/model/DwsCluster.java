package dev.huaweidr.emulator.model;

/** A DWS cluster that DR tasks connect. */
public record DwsCluster(String id, String name, String projectId, String availabilityZone, String version,
                         String status) {

    public DwsCluster {
        version = version == null ? "8.2.1" : version;
        status = status == null ? "AVAILABLE" : status;
    }

    public DwsCluster withStatus(String newStatus) {
        return new DwsCluster(id, name, projectId, availabilityZone, version, newStatus);
    }
}

package dev.huaweidr.cloud.iam;

import dev.huaweidr.cloud.http.Api;
import java.util.List;

/** IAM (global): the projects that scope every regional call. */
public final class Iam {
    private final Api api;

    public Iam(Api api) {
        this.api = api;
    }

    /** Every project the credentials may see: one per region the account uses (and any sub-projects). */
    public List<Project> projects() {
        return projects(null);
    }

    /** Projects named {@code name} (a region id), every project for null; empty when there is none. */
    public List<Project> projects(String name) {
        List<Project> projects = api.get("/v3/projects").query("name", name).fetch(Projects.class).projects();
        return projects == null ? List.of() : projects;
    }

    record Projects(List<Project> projects) {
    }
}

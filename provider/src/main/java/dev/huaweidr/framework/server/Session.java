package dev.huaweidr.framework.server;

import dev.huaweidr.framework.resource.ProviderData;
import dev.huaweidr.framework.resource.StopSignal;

/** What every call into provider code needs from the process: the current stop signal and provider data. */
interface Session {
    /** The signal for calls starting now; StopProvider raises it and starts a fresh one for later calls. */
    StopSignal stop();

    ProviderData provider();
}

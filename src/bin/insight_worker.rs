//! The insight worker's entry point (Trunk builds it with the `worker` feature, as a Web Worker
//! with a loader shim): it only starts the worker (`trade_web::worker::serve`).

fn main() {
    console_error_panic_hook::set_once();
    trade_web::worker::serve();
}

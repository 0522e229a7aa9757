// `main` may return only what std's Termination takes: an i32 is E0277 at the return type.
fn main() -> i32 {
    0
}
// error: E0277 at 2:14

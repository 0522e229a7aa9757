// A function declared `-> !` whose body ends normally is E0308 at the `!` (expected `!`, found `()`).
fn stop() -> ! {
    println!("stopping");
}

fn main() {
    stop();
}
// error: E0308 at 2:14

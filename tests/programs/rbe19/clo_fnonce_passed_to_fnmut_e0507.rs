// A closure that moves out what it captured, passed where FnMut is asked: rustc reports the move out (E0507).
fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let s = String::from("bye");
    call_twice(|| drop(s));
}
// error: E0507 at 9:24

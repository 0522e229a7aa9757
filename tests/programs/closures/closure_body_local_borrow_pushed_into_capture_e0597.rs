// A captured Vec outlives the closure's call: pushing a borrow of a variable of the body into it is E0597 at the borrow (the engine ran it, reading a freed String).
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let mut f = || {
        let s = String::from("x");
        out.push(&s);
    };
    f();
    println!("{:?}", out);
}
// error: E0597 at 6:18

// Calling `let mut add = |w| out.push(w);` stores what the argument borrows in `out`: a String that dies before `out` is used is E0597 at its borrow (the engine ran it).
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    {
        let t = String::from("tmp");
        add(&t);
    }
    println!("{:?}", out);
}
// error: E0597 at 7:13

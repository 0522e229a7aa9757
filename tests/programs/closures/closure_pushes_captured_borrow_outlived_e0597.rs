// A closure pushing a borrow of one capture into another (`|| out.push(&s)`) keeps `s` borrowed in `out` once made: `s` dying before `out` is used is E0597 (the engine ran it and read a freed String).
fn main() {
    let mut out: Vec<&str> = Vec::new();
    {
        let s = String::from("x");
        let mut f = || out.push(&s);
        f();
    }
    println!("{:?}", out);
}
// error: E0597 at 6:34

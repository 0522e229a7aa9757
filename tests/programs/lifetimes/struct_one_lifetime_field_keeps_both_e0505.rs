// Two fields under one lifetime parameter share it: a field copied out keeps both borrows, so moving `b` is E0505.
struct Both<'a> {
    x: &'a str,
    y: &'a str,
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let p = Both { x: &a, y: &b };
    let r = p.x;
    drop(b);
    println!("{}", r);
}
// error: E0505 at 12:10

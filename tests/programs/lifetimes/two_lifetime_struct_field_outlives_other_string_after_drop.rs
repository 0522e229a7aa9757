// Once a two-lifetime struct is no longer used, the field copied out of it keeps only its own String borrowed: the other may be dropped.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn main() {
    let a = String::from("a");
    let mut b = String::from("b");
    let p = Pair { x: &a, y: &b };
    let x = p.x;
    println!("{}", p.y);
    b.push_str("ee");
    println!("{} {}", x, b);
}
// expect: b
// expect: a bee

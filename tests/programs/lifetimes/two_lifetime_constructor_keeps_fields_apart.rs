// A constructor `fn make<'a, 'b>(x: &'a str, y: &'b str) -> Pair<'a, 'b>` keeps the two borrows apart: a field copied out outlives the other String.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn make<'a, 'b>(x: &'a str, y: &'b str) -> Pair<'a, 'b> {
    Pair { x, y }
}

fn main() {
    let a = String::from("a");
    let x;
    {
        let b = String::from("b");
        let p = make(&a, &b);
        println!("{} {}", p.x, p.y);
        x = p.x;
    }
    println!("{}", x);
}
// expect: a b
// expect: a

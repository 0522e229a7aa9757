// A struct of references is built by a function, passed by reference and printed; both texts outlive it.
#[derive(Debug)]
struct Pair<'a> {
    left: &'a str,
    right: &'a str,
}

fn make<'a>(left: &'a str, right: &'a str) -> Pair<'a> {
    Pair { left, right }
}

fn show(p: &Pair) -> String {
    format!("{}-{}", p.left, p.right)
}

fn main() {
    let x = String::from("a");
    let y = String::from("b");
    let p = make(&x, &y);
    println!("{}", show(&p));
    let q = &p;
    println!("{:?}", q);
}
// expect: a-b
// expect: Pair { left: "a", right: "b" }

// `fn first<'a, 'b>(p: &Pair<'a, 'b>) -> &'a str` hands on the first field's borrow only: the result outlives the String the second field borrows.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn first<'a, 'b>(p: &Pair<'a, 'b>) -> &'a str {
    p.x
}

fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        let p = Pair { x: &a, y: &b };
        r = first(&p);
        println!("{}", p.y);
    }
    println!("{}", r);
}
// expect: b
// expect: a

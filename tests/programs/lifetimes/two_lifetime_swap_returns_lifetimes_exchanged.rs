// `fn swap<'a, 'b>(p: Pair<'a, 'b>) -> Pair<'b, 'a>` exchanges the lifetimes with the fields: the new `y` outlives the String the new `x` borrows.
struct Pair<'a, 'b> { x: &'a str, y: &'b str }
fn swap<'a, 'b>(p: Pair<'a, 'b>) -> Pair<'b, 'a> { Pair { x: p.y, y: p.x } }
fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        let s = swap(Pair { x: &a, y: &b });
        r = s.y;
        println!("{}", s.x);
    }
    println!("{}", r);
}
// expect: b
// expect: a

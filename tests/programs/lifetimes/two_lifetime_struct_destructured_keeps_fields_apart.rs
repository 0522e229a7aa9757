// `let Pair { x, y } = p;` binds each field with its own borrow: `x` outlives the String `y` borrows.
struct Pair<'a, 'b> { x: &'a str, y: &'b str }
fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        let p = Pair { x: &a, y: &b };
        let Pair { x, y } = p;
        println!("{}", y);
        r = x;
    }
    println!("{}", r);
}
// expect: b
// expect: a

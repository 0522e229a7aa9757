// While a two-lifetime struct is still used, every borrow it holds is alive: changing the String its second field borrows is E0502.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn main() {
    let a = String::from("a");
    let mut b = String::from("b");
    let p = Pair { x: &a, y: &b };
    b.push('!');
    println!("{}", p.x);
}
// error: E0502 at 11:5

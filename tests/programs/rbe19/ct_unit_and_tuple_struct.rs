// A unit struct and a tuple struct: printed with Debug, the tuple struct destructured by a let.
#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair(i32, f64);

fn main() {
    let u = Unit;
    println!("{:?}", u);
    let p = Pair(7, 0.25);
    println!("{:?} first={} second={}", p, p.0, p.1);
    let Pair(a, b) = p;
    println!("a={a} b={b}");
    println!("{}", std::mem::size_of::<Unit>());
}
// expect: Unit
// expect: Pair(7, 0.25) first=7 second=0.25
// expect: a=7 b=0.25
// expect: 0

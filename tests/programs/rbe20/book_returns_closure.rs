// Closures returned boxed as Box<dyn Fn> from two branches and as impl Fn, kept in one Vec and called in turn.
fn returns_closure(add: bool) -> Box<dyn Fn(i32) -> i32> {
    if add {
        Box::new(|x| x + 1)
    } else {
        Box::new(|x| x * 2)
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let fs = vec![returns_closure(true), returns_closure(false), Box::new(make_adder(10))];
    for f in fs.iter() {
        println!("{}", f(5));
    }
    let total: i32 = fs.iter().map(|f| f(1)).sum();
    println!("total {}", total);
}
// expect: 6
// expect: 10
// expect: 15
// expect: total 15

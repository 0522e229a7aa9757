// A closure returning a boxed closure, and a function building a list of multipliers with move.
fn multipliers(n: i32) -> Vec<Box<dyn Fn(i32) -> i32>> {
    let mut v: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    for k in 1..=n {
        v.push(Box::new(move |x| x * k));
    }
    v
}

fn main() {
    let ms = multipliers(4);
    let results: Vec<i32> = ms.iter().map(|f| f(10)).collect();
    println!("{:?}", results);
    let make = |base: i32| -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| base - x) };
    let from_100 = make(100);
    println!("{} {}", from_100(1), make(5)(10));
}
// expect: [10, 20, 30, 40]
// expect: 99 -5

// Operators on closure parameters are settled by the calls: `x + 1` with f(5i64) is i64, `2 * x` and `total += x`, a comparison, a reference argument, a closure value given to `map` and to an `Fn(u8) -> u8` parameter.
fn apply(f: impl Fn(u8) -> u8) -> u8 {
    f(100)
}

fn main() {
    let add_one = |x| x + 1;
    println!("{}", add_one(5i64));
    let y = add_one(41i64);
    println!("{}", y.pow(2));
    let double = |x| 2 * x;
    println!("{}", double(21) + 1);
    let mut total = 0u64;
    let mut add = |x| total += x;
    add(2);
    add(3);
    println!("{}", total);
    let big = |a| a > 10;
    println!("{} {}", big(5), big(50));
    let inc = |x| x + 1;
    println!("{}", inc(&5));
    let plus_one = |x| x + 1;
    let v: Vec<i32> = vec![1, 2, 3].into_iter().map(plus_one).collect();
    println!("{:?}", v);
    let twice = |x| x * 2;
    println!("{}", apply(twice));
    let half = |x| x / 2.0;
    println!("{}", half(3.0));
}
// expect: 6
// expect: 1764
// expect: 43
// expect: 5
// expect: false true
// expect: 6
// expect: [2, 3, 4]
// expect: 200
// expect: 1.5

// Option's combinators on user-built values: map, and_then, unwrap_or, and `?` in a function returning Option.
fn first_even(v: &[i32]) -> Option<&i32> {
    for n in v {
        if n % 2 == 0 {
            return Some(n);
        }
    }
    None
}

fn half_of_first_even(v: &[i32]) -> Option<i32> {
    let n = first_even(v)?;
    Some(n / 2)
}

fn main() {
    let v = vec![3, 5, 8, 10];
    println!("{:?}", first_even(&v).map(|n| n * 100));
    println!("{:?}", half_of_first_even(&v));
    println!("{:?}", half_of_first_even(&[1, 3]));
    println!("{}", first_even(&[7]).copied().unwrap_or(-1));
}
// expect: Some(800)
// expect: Some(4)
// expect: None
// expect: -1

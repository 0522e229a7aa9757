// `?` on an Option returns None from a function returning Option, and unwraps Some otherwise.
fn first_even(v: &[i32]) -> Option<i32> {
    let x = v.first()?;
    if x % 2 == 0 { Some(*x) } else { None }
}

fn sum_firsts(a: &[i32], b: &[i32]) -> Option<i32> {
    Some(a.first()? + b.first()?)
}

fn main() {
    println!("{:?}", first_even(&[4, 5]));
    println!("{:?}", first_even(&[3]));
    println!("{:?}", first_even(&[]));
    println!("{:?}", sum_firsts(&[1, 2], &[10]));
    println!("{:?}", sum_firsts(&[1, 2], &[]));
}
// expect: Some(4)
// expect: None
// expect: None
// expect: Some(11)
// expect: None

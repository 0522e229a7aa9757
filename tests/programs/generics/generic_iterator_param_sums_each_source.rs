// A generic `I: Iterator<Item = i32>` parameter is checked through its bound and runs as one instance per iterator type passed.
fn total<I: Iterator<Item = i32>>(it: I) -> i32 {
    let mut sum = 0;
    for x in it {
        sum += x;
    }
    sum
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(v.into_iter()));
    println!("{}", total(0..5));
    println!("{}", total(10..=12));
}
// expect: 6
// expect: 10
// expect: 33

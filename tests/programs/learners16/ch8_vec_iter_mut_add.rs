// for i in &mut v { *i += 50 } and then summing with a for over &v.
fn main() {
    let mut v = vec![100, 32, 57];
    for i in &mut v {
        *i += 50;
    }
    let mut sum = 0;
    for i in &v {
        println!("{}", i);
        sum += i;
    }
    println!("sum {}", sum);
}
// expect: 150
// expect: 82
// expect: 107
// expect: sum 339

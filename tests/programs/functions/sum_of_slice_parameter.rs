// A function taking `&[i32]` can sum a Vec or an array.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let a = [10, 20, 30];
    println!("{} {}", sum(&v), sum(&a));
}
// expect: 10 60

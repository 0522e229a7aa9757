// A `&i32` returned from a function borrowing the Vec keeps it borrowed, so a push before its use is error E0502.
fn largest(list: &Vec<i32>) -> &i32 {
    let mut largest = &list[0];
    for i in 0..list.len() {
        if list[i] > *largest {
            largest = &list[i];
        }
    }
    largest
}

fn main() {
    let mut v = vec![3, 9, 4];
    let big = largest(&v);
    v.push(10);
    println!("{}", big);
}
// error: E0502 at 15:5

// A `&i32` returned from a function borrowing the Vec may be used before the Vec is pushed to.
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
    println!("{}", big);
    v.push(10);
    println!("{}", v.len());
}
// expect: 9
// expect: 4

// Indexing an array past its end with a run-time index panics with the length and the index.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let mut index = 0;
    for _ in 0..10 {
        index += 1;
    }
    println!("index {}", index);
    let element = a[index];
    println!("The value of the element at index {index} is: {element}");
}
// expect: index 10
// panic: index out of bounds: the len is 5 but the index is 10
// panic-at: 9:19

// Iterator::any on iter (items are &i32) and into_iter (items are i32) of a Vec and an array.
fn main() {
    let vec1 = vec![1, 2, 3];
    let vec2 = vec![4, 5, 6];
    println!("2 in vec1: {}", vec1.iter().any(|&x| x == 2));
    println!("2 in vec2: {}", vec2.into_iter().any(|x| x == 2));
    println!("vec1 len: {}", vec1.len());
    println!("First element of vec1 is: {}", vec1[0]);
    let array1 = [1, 2, 3];
    let array2 = [4, 5, 6];
    println!("2 in array1: {}", array1.iter().any(|&x| x == 2));
    println!("2 in array2: {}", array2.into_iter().any(|x| x == 2));
}
// expect: 2 in vec1: true
// expect: 2 in vec2: false
// expect: vec1 len: 3
// expect: First element of vec1 is: 1
// expect: 2 in array1: true
// expect: 2 in array2: false

// Rust-by-Example-style: any, find and position on iter() versus into_iter() of Vecs and arrays.
fn main() {
    let vec1 = vec![1, 2, 3];
    let vec2 = vec![4, 5, 6];
    println!("2 in vec1: {}", vec1.iter().any(|&x| x == 2));
    println!("2 in vec2: {}", vec2.into_iter().any(|x| x == 2));
    let array1 = [1, 2, 3];
    let array2 = [4, 5, 6];
    println!("2 in array1: {}", array1.iter().any(|&x| x == 2));
    println!("2 in array2: {}", array2.into_iter().any(|x| x == 2));

    let vec1 = vec![1, 2, 3];
    let vec2 = vec![4, 5, 6];
    let mut iter = vec1.iter();
    let mut into_iter = vec2.into_iter();
    println!("Find 2 in vec1: {:?}", iter.find(|&&x| x == 2));
    println!("Find 2 in vec2: {:?}", into_iter.find(|&x| x == 2));

    let vec = vec![1, 9, 3, 3, 13, 2];
    let index_of_first_even_number = vec.iter().position(|&x| x % 2 == 0);
    println!("{:?}", index_of_first_even_number);
    let index_of_first_negative_number = vec.into_iter().position(|x| x < 0);
    println!("{:?}", index_of_first_negative_number);
}
// expect: 2 in vec1: true
// expect: 2 in vec2: false
// expect: 2 in array1: true
// expect: 2 in array2: false
// expect: Find 2 in vec1: Some(2)
// expect: Find 2 in vec2: None
// expect: Some(5)
// expect: None

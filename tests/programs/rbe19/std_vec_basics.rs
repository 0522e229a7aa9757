// Vectors: collect from a range, vec! with push, len, index, pop, iterate with enumerate and iter_mut.
fn main() {
    let collected_iterator: Vec<i32> = (0..10).collect();
    println!("Collected (0..10) into: {:?}", collected_iterator);
    let mut xs = vec![1i32, 2, 3];
    println!("Initial vector: {:?}", xs);
    println!("Push 4 into the vector");
    xs.push(4);
    println!("Vector: {:?}", xs);
    println!("Vector length: {}", xs.len());
    println!("Second element: {}", xs[1]);
    println!("Pop last element: {:?}", xs.pop());
    for x in xs.iter() {
        println!("> {}", x);
    }
    for (i, x) in xs.iter().enumerate() {
        println!("In position {} we have value {}", i, x);
    }
    for x in xs.iter_mut() {
        *x *= 3;
    }
    println!("Updated vector: {:?}", xs);
}
// expect: Collected (0..10) into: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
// expect: Initial vector: [1, 2, 3]
// expect: Push 4 into the vector
// expect: Vector: [1, 2, 3, 4]
// expect: Vector length: 4
// expect: Second element: 2
// expect: Pop last element: Some(4)
// expect: > 1
// expect: > 2
// expect: > 3
// expect: In position 0 we have value 1
// expect: In position 1 we have value 2
// expect: In position 2 we have value 3
// expect: Updated vector: [3, 6, 9]

// concat of a Vec of Vecs allocates one Vec of exactly the summed length and clones every element into it.
fn main() {
    let rows = vec![vec![1, 2], vec![3], vec![], vec![4, 5, 6]];
    let flat = rows.concat();
    println!("{:?} {}", flat, flat.capacity());
    let names = [vec![String::from("ann")], vec![String::from("bo"), String::from("cy")]];
    let all: Vec<String> = names.concat();
    println!("{:?} {:?}", all, names);
}
// expect: [1, 2, 3, 4, 5, 6] 6
// expect: ["ann", "bo", "cy"] [["ann"], ["bo", "cy"]]

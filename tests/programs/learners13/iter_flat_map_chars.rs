// flat_map over words into chars, flatten of nested Vecs, and chain of two ranges.
fn main() {
    let words = vec!["hi", "you"];
    let letters: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{:?}", letters);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let both: Vec<u8> = (1..3).chain(7..9).collect();
    println!("{:?}", both);
    let grid: Vec<(i32, i32)> = (0..2).flat_map(|r| (0..3).map(move |c| (r, c))).collect();
    println!("{:?}", grid);
    let maybe = vec![Some(1), None, Some(3)];
    let somes: Vec<i32> = maybe.iter().flatten().copied().collect();
    println!("{:?} from {:?}", somes, maybe);
}
// expect: ['h', 'i', 'y', 'o', 'u']
// expect: [1, 2, 3]
// expect: [1, 2, 7, 8]
// expect: [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
// expect: [1, 3] from [Some(1), None, Some(3)]

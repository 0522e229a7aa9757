// `flat_map(|w| w.chars())` walks each word's chars in turn; collect grows by the size hint of the chars left.
let words = vec!["hello", "big", "world"];
let letters: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
println!("{:?}", letters);
// expect: ['h', 'e', 'l', 'l', 'o', 'b', 'i', 'g', 'w', 'o', 'r', 'l', 'd']

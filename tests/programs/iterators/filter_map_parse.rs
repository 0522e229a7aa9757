// filter_map keeps the Somes: parsing words and dropping those that are not numbers.
let text = "3 cats and 4 dogs";
let numbers: Vec<u32> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
println!("{:?} cap {}", numbers, numbers.capacity());
// expect: [3, 4] cap 4

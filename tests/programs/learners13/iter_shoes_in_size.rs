// The book's shoes_in_size: into_iter().filter(closure capturing shoe_size).collect(), with {:#?}.
#[derive(PartialEq, Debug)]
struct Shoe {
    size: u32,
    style: String,
}

fn shoes_in_size(shoes: Vec<Shoe>, shoe_size: u32) -> Vec<Shoe> {
    shoes.into_iter().filter(|s| s.size == shoe_size).collect()
}

fn main() {
    let shoes = vec![
        Shoe { size: 10, style: String::from("sneaker") },
        Shoe { size: 13, style: String::from("sandal") },
        Shoe { size: 10, style: String::from("boot") },
    ];
    let in_my_size = shoes_in_size(shoes, 10);
    println!("{:#?}", in_my_size);
    println!("{} pairs, capacity {}", in_my_size.len(), in_my_size.capacity());
    assert_eq!(
        in_my_size,
        vec![
            Shoe { size: 10, style: String::from("sneaker") },
            Shoe { size: 10, style: String::from("boot") },
        ]
    );
}
// expect: [
// expect:     Shoe {
// expect:         size: 10,
// expect:         style: "sneaker",
// expect:     },
// expect:     Shoe {
// expect:         size: 10,
// expect:         style: "boot",
// expect:     },
// expect: ]
// expect: 2 pairs, capacity 3

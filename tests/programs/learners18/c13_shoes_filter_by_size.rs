// The book's shoes_in_size: into_iter plus filter capturing the size parameter.
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
    for s in &in_my_size {
        println!("{} {}", s.size, s.style);
    }
    println!("{}", in_my_size == vec![
        Shoe { size: 10, style: String::from("sneaker") },
        Shoe { size: 10, style: String::from("boot") },
    ]);
}
// expect: 10 sneaker
// expect: 10 boot
// expect: true

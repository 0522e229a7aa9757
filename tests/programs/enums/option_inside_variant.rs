// Variants holding an Option<String>: a nested pattern reaches through both, and dropping frees only the String that exists.
#[derive(Debug)]
enum Seat {
    Taken(Option<String>),
    Free,
}

fn label(s: &Seat) -> String {
    match s {
        Seat::Taken(Some(name)) => format!("taken by {name}"),
        Seat::Taken(None) => String::from("taken"),
        Seat::Free => String::from("free"),
    }
}

fn main() {
    let seats = vec![Seat::Taken(Some(String::from("Ada"))), Seat::Taken(None), Seat::Free];
    for s in &seats {
        println!("{}", label(s));
    }
    println!("{}", std::mem::size_of::<Seat>());
}
// expect: taken by Ada
// expect: taken
// expect: free
// expect: 24

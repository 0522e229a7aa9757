// Borrowing an immutable binding mutably is E0596.
#[derive(Clone, Copy)]
struct Book {
    year: u32,
}

fn new_edition(book: &mut Book) {
    book.year = 2014;
}

fn main() {
    let immutabook = Book { year: 1979 };
    new_edition(&mut immutabook);
    println!("{}", immutabook.year);
}
// error: E0596 at 13:17

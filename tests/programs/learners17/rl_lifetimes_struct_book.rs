// Rustlings-style: a struct holding two &str fields with one named lifetime.
struct Book<'a> {
    author: &'a str,
    title: &'a str,
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let name = String::from("Jill Smith");
    let title = String::from("Fish Flying");
    let book = Book { author: &name, title: &title };
    println!("{} by {}", book.title, book.author);
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str()).to_string();
    }
    println!("The longest string is '{}'", result);
}
// expect: Fish Flying by Jill Smith
// expect: The longest string is 'long string is long'

// Calling a method two traits both provide, by the method syntax, is E0034.
trait UsernameWidget {
    fn get(&self) -> String;
}

trait AgeWidget {
    fn get(&self) -> u8;
}

struct Form {
    username: String,
    age: u8,
}

impl UsernameWidget for Form {
    fn get(&self) -> String {
        self.username.clone()
    }
}

impl AgeWidget for Form {
    fn get(&self) -> u8 {
        self.age
    }
}

fn main() {
    let form = Form { username: "rustacean".to_owned(), age: 28 };
    println!("{}", form.get());
}
// error: E0034 at 29:25

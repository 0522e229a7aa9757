// Two traits with a method of the same name: called with fully qualified syntax to pick one.
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
    let username = <Form as UsernameWidget>::get(&form);
    assert_eq!("rustacean".to_owned(), username);
    let age = <Form as AgeWidget>::get(&form);
    assert_eq!(28, age);
    println!("{} {}", username, age);
    println!("{}", UsernameWidget::get(&form));
}
// expect: rustacean 28
// expect: rustacean

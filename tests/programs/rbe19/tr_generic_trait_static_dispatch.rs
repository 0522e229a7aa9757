// The same trait called through a generic (static dispatch) and through &dyn (dynamic dispatch).
trait Speak {
    fn speak(&self) -> String;
    fn twice(&self) -> String {
        format!("{} {}", self.speak(), self.speak())
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".into()
    }
}

impl Speak for Cat {
    fn speak(&self) -> String {
        format!("meow x{}", self.lives)
    }
    fn twice(&self) -> String {
        "purr".to_string()
    }
}

fn loud<T: Speak>(t: &T) -> String {
    t.twice().to_uppercase()
}

fn dynamic(all: &[&dyn Speak]) {
    for a in all {
        println!("{}", a.twice());
    }
}

fn main() {
    println!("{}", loud(&Dog));
    println!("{}", loud(&Cat { lives: 9 }));
    dynamic(&[&Dog, &Cat { lives: 3 }]);
}
// expect: WOOF WOOF
// expect: PURR
// expect: woof woof
// expect: purr

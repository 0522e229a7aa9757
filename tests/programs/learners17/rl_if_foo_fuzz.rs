// Rustlings-style: an `if`/`else if`/`else` chain returning string slices.
fn foo_if_fizz(fizzish: &str) -> &str {
    if fizzish == "fizz" {
        "foo"
    } else if fizzish == "fuzz" {
        "bar"
    } else {
        "baz"
    }
}

fn animal_habitat(animal: &str) -> &'static str {
    let identifier = if animal == "crab" {
        1
    } else if animal == "gopher" {
        2
    } else if animal == "snake" {
        3
    } else {
        4
    };
    if identifier == 1 {
        "Beach"
    } else if identifier == 2 {
        "Burrow"
    } else if identifier == 3 {
        "Desert"
    } else {
        "Unknown"
    }
}

fn main() {
    for w in ["fizz", "fuzz", "literally anything"] {
        println!("{} -> {}", w, foo_if_fizz(w));
    }
    for a in ["crab", "gopher", "snake", "dinosaur"] {
        println!("{} lives in {}", a, animal_habitat(a));
    }
}
// expect: fizz -> foo
// expect: fuzz -> bar
// expect: literally anything -> baz
// expect: crab lives in Beach
// expect: gopher lives in Burrow
// expect: snake lives in Desert
// expect: dinosaur lives in Unknown

// Rustlings-style: quiz2, a transformer applying Uppercase, Trim or Append(n) commands to a Vec of strings.
pub enum Command {
    Uppercase,
    Trim,
    Append(usize),
}

mod my_module {
    use super::Command;

    pub fn transformer(input: Vec<(String, Command)>) -> Vec<String> {
        let mut output: Vec<String> = vec![];
        for (string, command) in input.iter() {
            let result = match command {
                Command::Uppercase => string.to_uppercase(),
                Command::Trim => string.trim().to_string(),
                Command::Append(n) => string.clone() + &"bar".repeat(*n),
            };
            output.push(result);
        }
        output
    }
}

use my_module::transformer;

fn main() {
    let output = transformer(vec![
        ("hello".into(), Command::Uppercase),
        (" all roads lead to rome! ".into(), Command::Trim),
        ("foo".into(), Command::Append(1)),
        ("bar".into(), Command::Append(5)),
    ]);
    for s in &output {
        println!("{}", s);
    }
}
// expect: HELLO
// expect: all roads lead to rome!
// expect: foobar
// expect: barbarbarbarbarbar

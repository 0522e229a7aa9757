// With one lifetime for the parser and the context it borrows, the result borrows the parameter `context` itself: returning it is E0515.
struct Context<'s>(&'s str);

struct Parser<'s> {
    context: &'s Context<'s>,
}

impl<'s> Parser<'s> {
    fn parse(&self) -> Result<(), &'s str> {
        Err(&self.context.0[1..])
    }
}

fn parse_context(context: Context) -> Result<(), &str> {
    Parser { context: &context }.parse()
}

fn main() {
    let text = String::from("xhello");
    println!("{:?}", parse_context(Context(&text)));
}
// error: E0515 at 15:5

// Calling a private function of a module from outside is E0603.
mod my_mod {
    fn private_function() {
        println!("called `my_mod::private_function()`");
    }

    pub fn function() {
        private_function();
    }
}

fn main() {
    my_mod::function();
    my_mod::private_function();
}
// error: E0603 at 14:13

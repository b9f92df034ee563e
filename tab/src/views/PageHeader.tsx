import { Text } from '@fluentui/react-components';
import { useLayout } from './styles';

/** A page's one h1 and the sentence that says what the page is for. */
export function PageHeader({ title, intro }: { title: string; intro: string }) {
  const layout = useLayout();
  return (
    <header className={layout.header}>
      <Text as="h1" size={700} weight="semibold" className={layout.heading}>
        {title}
      </Text>
      <Text as="p" className={layout.heading}>
        {intro}
      </Text>
    </header>
  );
}
